resource "aws_ecr_repository" "orders_api" {
  name = "orders-api"

  image_scanning_configuration {
    scan_on_push = true
  }
}

resource "aws_ecr_repository" "reports" {
  name                 = "reports"
  image_tag_mutability = "MUTABLE"
}
