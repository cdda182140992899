resource "aws_lambda_function" "report" {
  function_name = "nightly-report"
  role          = aws_iam_role.report.arn
  handler       = "report.handler"
  runtime       = "python3.9"
  filename      = "report.zip"
}

variable "legacy_runtime" {
  default = "nodejs16.x"
}

resource "aws_lambda_function" "legacy" {
  function_name = "legacy-hook"
  role          = aws_iam_role.report.arn
  handler       = "index.handler"
  runtime       = var.legacy_runtime
  filename      = "hook.zip"
}
