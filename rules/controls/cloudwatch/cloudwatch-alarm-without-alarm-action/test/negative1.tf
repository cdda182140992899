resource "aws_sns_topic" "security_alerts" {
  name = "security-alerts"
}

resource "aws_cloudwatch_metric_alarm" "unauthorized_api_calls" {
  alarm_name          = "unauthorized-api-calls"
  namespace           = "Security"
  metric_name         = "UnauthorizedAPICalls"
  statistic           = "Sum"
  period              = 300
  evaluation_periods  = 1
  threshold           = 5
  comparison_operator = "GreaterThanOrEqualToThreshold"
  alarm_actions       = [aws_sns_topic.security_alerts.arn]
}

# these two have no actions of their own: the composite alarm pages for them
resource "aws_cloudwatch_metric_alarm" "policy_changes" {
  alarm_name          = "iam-policy-changes"
  namespace           = "Security"
  metric_name         = "IamPolicyChanges"
  statistic           = "Sum"
  period              = 300
  evaluation_periods  = 1
  threshold           = 1
  comparison_operator = "GreaterThanOrEqualToThreshold"
}

resource "aws_cloudwatch_metric_alarm" "access_keys_created" {
  alarm_name          = "access-key-created"
  namespace           = "Security"
  metric_name         = "AccessKeyCreated"
  statistic           = "Sum"
  period              = 300
  evaluation_periods  = 1
  threshold           = 1
  comparison_operator = "GreaterThanOrEqualToThreshold"
}

resource "aws_cloudwatch_composite_alarm" "iam_changes" {
  alarm_name    = "iam-changes"
  alarm_rule    = "ALARM(${aws_cloudwatch_metric_alarm.policy_changes.alarm_name}) OR ALARM(${aws_cloudwatch_metric_alarm.access_keys_created.alarm_name})"
  alarm_actions = [aws_sns_topic.security_alerts.arn]
}
