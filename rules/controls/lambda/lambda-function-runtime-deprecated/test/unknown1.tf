variable "runtime" {}

resource "aws_lambda_function" "configurable" {
  function_name = "configurable"
  role          = aws_iam_role.report.arn
  handler       = "index.handler"
  runtime       = var.runtime
  filename      = "fn.zip"
}
