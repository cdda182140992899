variable "deletion_protection" {
  type = bool
}

resource "aws_dynamodb_table" "orders" {
  name                        = "orders"
  billing_mode                = "PAY_PER_REQUEST"
  hash_key                    = "order_id"
  deletion_protection_enabled = var.deletion_protection

  attribute {
    name = "order_id"
    type = "S"
  }
}
