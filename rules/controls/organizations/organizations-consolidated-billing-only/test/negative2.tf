# feature_set left out: ALL is the default
resource "aws_organizations_organization" "acme" {
  enabled_policy_types = ["SERVICE_CONTROL_POLICY"]
}
