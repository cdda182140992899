variable "http_tokens" {
  type        = string
  description = "optional or required"
}

resource "aws_launch_configuration" "web" {
  name_prefix   = "web-"
  image_id      = "ami-0c55b159cbfafe1f0"
  instance_type = "t3.small"

  metadata_options {
    http_tokens = var.http_tokens
  }
}
