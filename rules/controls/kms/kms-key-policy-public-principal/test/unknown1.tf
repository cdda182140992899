variable "decrypt_principals" {
  type        = list(string)
  description = "Principals of the partner accounts that read exports"
}

resource "aws_kms_key" "exports" {
  description         = "Partner exports"
  enable_key_rotation = true
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "PartnersDecrypt"
      Effect    = "Allow"
      Principal = { AWS = var.decrypt_principals }
      Action    = ["kms:Decrypt"]
      Resource  = "*"
    }]
  })
}
