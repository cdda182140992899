variable "rotated_secret_id" {
  description = "Which secret the shared rotation function looks after"
  type        = string
}

resource "aws_secretsmanager_secret" "reporting_db" {
  name = "reporting/db-credentials"
}

resource "aws_secretsmanager_secret_rotation" "shared" {
  secret_id           = var.rotated_secret_id
  rotation_lambda_arn = "arn:aws:lambda:eu-west-1:123456789012:function:rotate-postgres-single-user"

  rotation_rules {
    automatically_after_days = 30
  }
}
