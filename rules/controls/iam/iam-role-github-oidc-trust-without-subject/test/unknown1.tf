variable "oidc_provider_arn" {
  type        = string
  description = "Identity provider the deployment role trusts"
}

# which identity provider this is, and so whether the missing subject matters, depends on the variable
resource "aws_iam_role" "deploy" {
  name = "deploy"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRoleWithWebIdentity"
      Principal = { Federated = var.oidc_provider_arn }
    }]
  })
}
