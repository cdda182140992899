resource "aws_lambda_function" "reports" {
  function_name = "reports-export"
  role          = "arn:aws:iam::111122223333:role/reports-export"
  runtime       = "nodejs20.x"
  handler       = "index.handler"
  filename      = "build/reports-export.zip"
}

resource "aws_lambda_function_url" "reports" {
  function_name      = aws_lambda_function.reports.function_name
  authorization_type = "AWS_IAM"

  cors {
    allow_origins = ["https://reports.example.com"]
    allow_methods = ["GET"]
  }
}
