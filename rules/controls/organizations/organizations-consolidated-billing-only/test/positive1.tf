resource "aws_organizations_organization" "acme" {
  feature_set = "CONSOLIDATED_BILLING"
}

resource "aws_organizations_account" "sandbox" {
  name  = "sandbox"
  email = "aws-sandbox@acme.example"
}
