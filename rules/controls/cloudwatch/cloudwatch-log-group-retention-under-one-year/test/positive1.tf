resource "aws_cloudwatch_log_group" "vpc_flow_logs" {
  name              = "/vpc/flow-logs/main"
  retention_in_days = 90
}

resource "aws_flow_log" "main" {
  vpc_id          = "vpc-0a1b2c3d4e5f60718"
  traffic_type    = "ALL"
  log_destination = aws_cloudwatch_log_group.vpc_flow_logs.arn
  iam_role_arn    = "arn:aws:iam::111122223333:role/flow-logs"
}
