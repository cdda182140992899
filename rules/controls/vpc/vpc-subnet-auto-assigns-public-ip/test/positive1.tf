resource "aws_vpc" "main" {
  cidr_block = "10.20.0.0/16"
}

# application servers, meant to be private
resource "aws_subnet" "app_a" {
  vpc_id                  = aws_vpc.main.id
  cidr_block              = "10.20.10.0/24"
  availability_zone       = "eu-west-1a"
  map_public_ip_on_launch = true

  tags = {
    Name = "app-a"
  }
}

variable "public_ips" {
  type    = bool
  default = true
}

resource "aws_subnet" "app_b" {
  vpc_id                  = aws_vpc.main.id
  cidr_block              = "10.20.11.0/24"
  availability_zone       = "eu-west-1b"
  map_public_ip_on_launch = var.public_ips
}
