resource "aws_kms_key" "data" {
  description             = "application data"
  enable_key_rotation     = true
  rotation_period_in_days = 180
}

# asymmetric keys cannot be rotated automatically
resource "aws_kms_key" "signing" {
  description              = "release signing"
  key_usage                = "SIGN_VERIFY"
  customer_master_key_spec = "ECC_NIST_P256"
}

resource "aws_kms_key" "mac" {
  description              = "webhook MACs"
  key_usage                = "GENERATE_VERIFY_MAC"
  customer_master_key_spec = "HMAC_256"
}

# keys in a CloudHSM key store cannot be rotated automatically either
resource "aws_kms_key" "hsm" {
  description         = "HSM-backed"
  custom_key_store_id = "cks-1234567890abcdef0"
}
