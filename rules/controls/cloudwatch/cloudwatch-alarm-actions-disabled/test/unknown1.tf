variable "paging_enabled" {
  type        = bool
  description = "Whether the on-call alarms page anyone in this environment"
}

resource "aws_cloudwatch_metric_alarm" "console_signin_failures" {
  alarm_name          = "console-signin-failures"
  namespace           = "Security"
  metric_name         = "ConsoleSigninFailures"
  statistic           = "Sum"
  period              = 300
  evaluation_periods  = 1
  threshold           = 3
  comparison_operator = "GreaterThanOrEqualToThreshold"
  alarm_actions       = ["arn:aws:sns:eu-west-1:111122223333:security-alerts"]
  actions_enabled     = var.paging_enabled
}
