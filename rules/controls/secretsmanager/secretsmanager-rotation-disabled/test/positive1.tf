resource "aws_secretsmanager_secret" "reporting_db" {
  name        = "reporting/db-credentials"
  description = "Read-only credentials for the reporting database"
  kms_key_id  = "alias/reporting"
}

resource "aws_secretsmanager_secret" "payments_api" {
  name        = "payments/api-key"
  description = "API key for the payment provider"
}

# rotates the payments key only: the reporting credentials are never rotated
resource "aws_secretsmanager_secret_rotation" "payments_api" {
  secret_id           = aws_secretsmanager_secret.payments_api.id
  rotation_lambda_arn = "arn:aws:lambda:eu-west-1:123456789012:function:rotate-payments-key"

  rotation_rules {
    automatically_after_days = 30
  }
}
