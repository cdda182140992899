resource "aws_launch_template" "edge" {
  name_prefix = "edge-"
  image_id    = "ami-0123456789abcdef0"

  network_interfaces {
    device_index                = 0
    associate_public_ip_address = "true"
    subnet_id                   = "subnet-0abc1234"
  }
}
