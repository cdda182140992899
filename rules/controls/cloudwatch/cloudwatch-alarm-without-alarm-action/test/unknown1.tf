variable "composite_alarm_rule" {
  type        = string
  description = "Rule of the on-call composite alarm, maintained by the platform team"
}

resource "aws_cloudwatch_metric_alarm" "disk_full" {
  alarm_name          = "reports-disk-full"
  namespace           = "CWAgent"
  metric_name         = "disk_used_percent"
  statistic           = "Maximum"
  period              = 300
  evaluation_periods  = 2
  threshold           = 90
  comparison_operator = "GreaterThanThreshold"
}

# whether the composite alarm covers disk_full depends on the variable
resource "aws_cloudwatch_composite_alarm" "on_call" {
  alarm_name    = "on-call"
  alarm_rule    = var.composite_alarm_rule
  alarm_actions = ["arn:aws:sns:eu-west-1:111122223333:on-call"]
}
