resource "aws_sns_topic" "security_alerts" {
  name = "security-alerts"
}

resource "aws_cloudwatch_metric_alarm" "root_usage" {
  alarm_name          = "root-usage"
  namespace           = "Security"
  metric_name         = "RootUsage"
  statistic           = "Sum"
  period              = 300
  evaluation_periods  = 1
  threshold           = 1
  comparison_operator = "GreaterThanOrEqualToThreshold"
  alarm_actions       = [aws_sns_topic.security_alerts.arn]
}

resource "aws_cloudwatch_composite_alarm" "iam_changes" {
  alarm_name      = "iam-changes"
  alarm_rule      = "ALARM(\"iam-policy-changes\") OR ALARM(\"access-key-created\")"
  alarm_actions   = [aws_sns_topic.security_alerts.arn]
  actions_enabled = true
}
