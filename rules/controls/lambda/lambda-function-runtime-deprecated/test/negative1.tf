resource "aws_lambda_function" "report" {
  function_name = "nightly-report"
  role          = aws_iam_role.report.arn
  handler       = "report.handler"
  runtime       = "python3.13"
  filename      = "report.zip"
}

# A container image function has no managed runtime to pin.
resource "aws_lambda_function" "image" {
  function_name = "image-fn"
  role          = aws_iam_role.report.arn
  package_type  = "Image"
  image_uri     = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/fn:1.4.2"
}
