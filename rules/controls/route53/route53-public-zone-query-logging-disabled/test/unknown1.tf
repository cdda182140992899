variable "logged_zone_id" {
  type        = string
  description = "Zone whose queries the shared logging module records"
}

resource "aws_route53_zone" "public" {
  name = "acme.example"
}

resource "aws_route53_query_log" "shared" {
  cloudwatch_log_group_arn = "arn:aws:logs:us-east-1:111122223333:log-group:/aws/route53/shared"
  zone_id                  = var.logged_zone_id
}
