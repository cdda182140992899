resource "aws_route53_zone" "public" {
  name    = "acme.example"
  comment = "Public zone for the storefront"
}

resource "aws_route53_record" "www" {
  zone_id = aws_route53_zone.public.zone_id
  name    = "www.acme.example"
  type    = "CNAME"
  ttl     = 300
  records = ["d111111abcdef8.cloudfront.net"]
}
