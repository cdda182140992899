variable "url_auth" {
  type        = string
  description = "AWS_IAM or NONE"
}

resource "aws_lambda_function_url" "reports" {
  function_name      = "reports-export"
  authorization_type = var.url_auth
}
