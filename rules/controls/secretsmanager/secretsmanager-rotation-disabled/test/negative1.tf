resource "aws_secretsmanager_secret" "reporting_db" {
  name        = "reporting/db-credentials"
  description = "Read-only credentials for the reporting database"
  kms_key_id  = "alias/reporting"
}

resource "aws_secretsmanager_secret_rotation" "reporting_db" {
  secret_id           = aws_secretsmanager_secret.reporting_db.id
  rotation_lambda_arn = "arn:aws:lambda:eu-west-1:123456789012:function:rotate-postgres-single-user"

  rotation_rules {
    schedule_expression = "rate(30 days)"
  }
}

resource "aws_secretsmanager_secret" "payments_api" {
  name = "payments/api-key"
}

resource "aws_secretsmanager_secret_rotation" "payments_api" {
  secret_id           = aws_secretsmanager_secret.payments_api.arn
  rotation_lambda_arn = "arn:aws:lambda:eu-west-1:123456789012:function:rotate-payments-key"

  rotation_rules {
    automatically_after_days = 30
  }
}
