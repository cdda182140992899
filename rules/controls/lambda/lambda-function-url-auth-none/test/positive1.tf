resource "aws_lambda_function" "stripe_webhook" {
  function_name = "stripe-webhook"
  role          = "arn:aws:iam::111122223333:role/stripe-webhook"
  runtime       = "python3.12"
  handler       = "app.handler"
  filename      = "build/stripe-webhook.zip"
}

resource "aws_lambda_function_url" "stripe_webhook" {
  function_name      = aws_lambda_function.stripe_webhook.function_name
  authorization_type = "NONE"
}
