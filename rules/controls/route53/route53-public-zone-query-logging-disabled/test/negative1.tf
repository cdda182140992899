resource "aws_cloudwatch_log_group" "dns_queries" {
  name              = "/aws/route53/acme.example"
  retention_in_days = 365
}

resource "aws_route53_zone" "public" {
  name = "acme.example"
}

resource "aws_route53_query_log" "public" {
  cloudwatch_log_group_arn = aws_cloudwatch_log_group.dns_queries.arn
  zone_id                  = aws_route53_zone.public.zone_id
}

# private zones log through Route 53 Resolver query logging
resource "aws_route53_zone" "internal" {
  name = "internal.acme.example"

  vpc {
    vpc_id = "vpc-0a1b2c3d4e5f60718"
  }
}
