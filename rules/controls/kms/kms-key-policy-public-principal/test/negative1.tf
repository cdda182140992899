# no policy: the default key policy delegates to the account's IAM policies
resource "aws_kms_key" "orders" {
  description         = "Orders table"
  enable_key_rotation = true
}

resource "aws_kms_key" "ebs" {
  description         = "EBS volumes"
  enable_key_rotation = true
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid       = "AccountAdmin"
        Effect    = "Allow"
        Principal = { AWS = "arn:aws:iam::111122223333:root" }
        Action    = "kms:*"
        Resource  = "*"
      },
      {
        Sid       = "EbsForAccountPrincipals"
        Effect    = "Allow"
        Principal = { AWS = "*" }
        Action    = ["kms:Encrypt", "kms:Decrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:CreateGrant"]
        Resource  = "*"
        Condition = {
          StringEquals = {
            "kms:CallerAccount" = "111122223333"
            "kms:ViaService"    = "ec2.eu-west-1.amazonaws.com"
          }
        }
      }
    ]
  })
}
