variable "docker_builds" {
  type        = bool
  description = "the project builds container images"
}

resource "aws_codebuild_project" "build" {
  name         = "orders-build"
  service_role = "arn:aws:iam::111122223333:role/codebuild-orders"

  artifacts {
    type = "NO_ARTIFACTS"
  }

  environment {
    compute_type    = "BUILD_GENERAL1_MEDIUM"
    image           = "aws/codebuild/amazonlinux2-x86_64-standard:5.0"
    type            = "LINUX_CONTAINER"
    privileged_mode = var.docker_builds
  }

  source {
    type = "CODEPIPELINE"
  }
}
