resource "aws_codebuild_project" "integration_tests" {
  name         = "orders-integration-tests"
  service_role = "arn:aws:iam::111122223333:role/codebuild-orders"

  artifacts {
    type = "NO_ARTIFACTS"
  }

  environment {
    compute_type    = "BUILD_GENERAL1_MEDIUM"
    image           = "aws/codebuild/amazonlinux2-x86_64-standard:5.0"
    type            = "LINUX_CONTAINER"
    privileged_mode = true
  }

  source {
    type     = "GITHUB"
    location = "https://github.com/example/orders.git"
  }
}
