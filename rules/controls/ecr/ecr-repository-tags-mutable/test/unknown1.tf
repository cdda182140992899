variable "tag_mutability" {
  type        = string
  description = "MUTABLE or IMMUTABLE"
}

resource "aws_ecr_repository" "orders_api" {
  name                 = "orders-api"
  image_tag_mutability = var.tag_mutability
}
