variable "scan_images" {
  type        = bool
  description = "scan images when they are pushed"
}

resource "aws_ecr_repository" "orders_api" {
  name = "orders-api"

  image_scanning_configuration {
    scan_on_push = var.scan_images
  }
}
