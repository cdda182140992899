resource "aws_wafv2_web_acl" "storefront" {
  name  = "storefront"
  scope = "REGIONAL"

  default_action {
    allow {}
  }

  visibility_config {
    cloudwatch_metrics_enabled = true
    metric_name                = "storefront"
    sampled_requests_enabled   = true
  }
}

resource "aws_wafv2_web_acl_association" "storefront" {
  resource_arn = "arn:aws:elasticloadbalancing:eu-west-1:111122223333:loadbalancer/app/storefront/0a1b2c3d4e5f6a7b"
  web_acl_arn  = aws_wafv2_web_acl.storefront.arn
}
