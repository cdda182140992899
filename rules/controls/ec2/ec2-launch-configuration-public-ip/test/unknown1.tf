variable "public_instances" {
  type        = bool
  description = "give the instances public addresses"
}

resource "aws_launch_configuration" "api" {
  name_prefix                 = "api-"
  image_id                    = "ami-0c55b159cbfafe1f0"
  instance_type               = "t3.medium"
  associate_public_ip_address = var.public_instances
}
