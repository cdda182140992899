locals {
  protect_tables = true
}

resource "aws_dynamodb_table" "orders" {
  name                        = "orders"
  billing_mode                = "PAY_PER_REQUEST"
  hash_key                    = "order_id"
  deletion_protection_enabled = true

  attribute {
    name = "order_id"
    type = "S"
  }
}

resource "aws_dynamodb_table" "carts" {
  name                        = "carts"
  billing_mode                = "PAY_PER_REQUEST"
  hash_key                    = "customer_id"
  deletion_protection_enabled = local.protect_tables

  attribute {
    name = "customer_id"
    type = "S"
  }
}
