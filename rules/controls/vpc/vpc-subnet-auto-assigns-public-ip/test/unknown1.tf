variable "vpc_id" {
  type = string
}

variable "assign_public_ips" {
  type        = bool
  description = "whether instances in the subnet get public addresses"
}

resource "aws_subnet" "workers" {
  vpc_id                  = var.vpc_id
  cidr_block              = "10.30.1.0/24"
  map_public_ip_on_launch = var.assign_public_ips
}
