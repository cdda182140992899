resource "aws_codebuild_project" "unit_tests" {
  name         = "orders-unit-tests"
  service_role = "arn:aws:iam::111122223333:role/codebuild-orders"

  artifacts {
    type = "NO_ARTIFACTS"
  }

  environment {
    compute_type = "BUILD_GENERAL1_SMALL"
    image        = "aws/codebuild/amazonlinux2-x86_64-standard:5.0"
    type         = "LINUX_CONTAINER"
  }

  source {
    type     = "GITHUB"
    location = "https://github.com/example/orders.git"
  }
}

resource "aws_codebuild_project" "lint" {
  name         = "orders-lint"
  service_role = "arn:aws:iam::111122223333:role/codebuild-orders"

  artifacts {
    type = "NO_ARTIFACTS"
  }

  environment {
    compute_type    = "BUILD_GENERAL1_SMALL"
    image           = "aws/codebuild/amazonlinux2-x86_64-standard:5.0"
    type            = "LINUX_CONTAINER"
    privileged_mode = false
  }

  source {
    type     = "GITHUB"
    location = "https://github.com/example/orders.git"
  }
}
