# a global table whose replica in eu-west-1 keeps no recovery window
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
    enabled = true
  }

  replica {
    region_name            = "us-west-2"
    point_in_time_recovery = true
  }

  replica {
    region_name = "eu-west-1"
  }
}
