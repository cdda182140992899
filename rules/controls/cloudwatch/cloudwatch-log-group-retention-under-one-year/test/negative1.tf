resource "aws_cloudwatch_log_group" "cloudtrail" {
  name              = "/aws/cloudtrail/main"
  retention_in_days = 365
}

resource "aws_cloudwatch_log_group" "audit_archive" {
  name              = "/audit/archive"
  retention_in_days = 3653
}

# no retention setting: events never expire
resource "aws_cloudwatch_log_group" "payments" {
  name = "/app/payments"
}

resource "aws_cloudwatch_log_group" "dns_queries" {
  name              = "/route53/acme.example"
  retention_in_days = 0
}
