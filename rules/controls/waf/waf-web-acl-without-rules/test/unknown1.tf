variable "web_acl_arn" {
  type        = string
  description = "web ACL the shared rule group is attached to"
}

resource "aws_wafv2_web_acl" "api" {
  name  = "api"
  scope = "REGIONAL"

  default_action {
    allow {}
  }

  visibility_config {
    cloudwatch_metrics_enabled = true
    metric_name                = "api"
    sampled_requests_enabled   = true
  }
}

resource "aws_wafv2_web_acl_rule_group_association" "shared" {
  rule_name   = "shared-rules"
  priority    = 10
  web_acl_arn = var.web_acl_arn

  rule_group_reference {
    arn = "arn:aws:wafv2:eu-west-1:111122223333:regional/rulegroup/shared/87654321-4321-4321-4321-210987654321"
  }
}
