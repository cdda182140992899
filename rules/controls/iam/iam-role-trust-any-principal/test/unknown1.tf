variable "trusted_principals" {
  type        = list(string)
  description = "Principals allowed to assume the reporting role"
}

resource "aws_iam_role" "reporting" {
  name = "reporting"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRole"
      Principal = { AWS = var.trusted_principals }
    }]
  })
}
