resource "aws_kms_key" "orders" {
  description         = "Orders table"
  enable_key_rotation = true
}

# the key ARN is only known once the key exists
resource "aws_iam_role_policy" "orders_api" {
  name = "orders-api"
  role = "orders-api"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = ["kms:Decrypt", "kms:GenerateDataKey"]
      Resource = aws_kms_key.orders.arn
    }]
  })
}
