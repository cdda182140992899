# Keys of the storage layer.
resource "aws_kms_key" "logs" {
  description             = "Encrypts the access logs"
  deletion_window_in_days = 30
}
