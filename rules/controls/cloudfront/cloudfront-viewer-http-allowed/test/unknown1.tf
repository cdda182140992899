variable "viewer_protocol_policy" {
  type        = string
  description = "allow-all, https-only or redirect-to-https"
}

resource "aws_cloudfront_distribution" "docs" {
  enabled = true

  origin {
    domain_name = "docs-site.s3.eu-west-1.amazonaws.com"
    origin_id   = "docs-site"
  }

  default_cache_behavior {
    target_origin_id       = "docs-site"
    allowed_methods        = ["GET", "HEAD"]
    cached_methods         = ["GET", "HEAD"]
    viewer_protocol_policy = var.viewer_protocol_policy
    cache_policy_id        = "658327ea-f89d-4fab-a63d-7e88639e58f6"
  }

  restrictions {
    geo_restriction {
      restriction_type = "none"
    }
  }

  viewer_certificate {
    cloudfront_default_certificate = true
  }
}
