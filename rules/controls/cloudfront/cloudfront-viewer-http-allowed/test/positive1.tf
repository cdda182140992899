resource "aws_cloudfront_distribution" "docs" {
  enabled             = true
  default_root_object = "index.html"
  aliases             = ["docs.example.com"]

  origin {
    domain_name              = "docs-site.s3.eu-west-1.amazonaws.com"
    origin_id                = "docs-site"
    origin_access_control_id = "E2QWRUHAPOMQZL"
  }

  default_cache_behavior {
    target_origin_id       = "docs-site"
    allowed_methods        = ["GET", "HEAD"]
    cached_methods         = ["GET", "HEAD"]
    viewer_protocol_policy = "allow-all"
    cache_policy_id        = "658327ea-f89d-4fab-a63d-7e88639e58f6"
  }

  restrictions {
    geo_restriction {
      restriction_type = "none"
    }
  }

  viewer_certificate {
    acm_certificate_arn      = "arn:aws:acm:us-east-1:111122223333:certificate/5f8c2f4e-1d2a-4b1e-9f0a-0c1d2e3f4a5b"
    ssl_support_method       = "sni-only"
    minimum_protocol_version = "TLSv1.2_2021"
  }
}
