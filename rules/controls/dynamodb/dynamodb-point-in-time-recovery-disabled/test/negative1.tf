variable "point_in_time_recovery" {
  type    = bool
  default = true
}

resource "aws_dynamodb_table" "orders" {
  name         = "orders"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "order_id"

  attribute {
    name = "order_id"
    type = "S"
  }

  point_in_time_recovery {
    enabled = true
  }
}

resource "aws_dynamodb_table" "customers" {
  name             = "customers"
  billing_mode     = "PAY_PER_REQUEST"
  hash_key         = "customer_id"
  stream_enabled   = true
  stream_view_type = "NEW_AND_OLD_IMAGES"

  attribute {
    name = "customer_id"
    type = "S"
  }

  point_in_time_recovery {
    enabled = var.point_in_time_recovery
  }

  replica {
    region_name            = "eu-west-1"
    point_in_time_recovery = var.point_in_time_recovery
  }
}
