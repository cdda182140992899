resource "aws_ecr_repository" "orders_api" {
  name                 = "orders-api"
  image_tag_mutability = "IMMUTABLE"

  encryption_configuration {
    encryption_type = "KMS"
  }
}

resource "aws_ecr_repository" "reports" {
  name = "reports"

  image_scanning_configuration {
    scan_on_push = false
  }
}
