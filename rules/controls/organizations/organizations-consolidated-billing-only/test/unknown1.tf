variable "organization_features" {
  type        = string
  description = "ALL or CONSOLIDATED_BILLING"
}

resource "aws_organizations_organization" "acme" {
  feature_set = var.organization_features
}
