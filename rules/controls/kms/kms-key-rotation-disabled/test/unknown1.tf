variable "key_spec" {
  type = string
}

resource "aws_kms_key" "configurable" {
  description              = "configurable"
  customer_master_key_spec = var.key_spec
}
