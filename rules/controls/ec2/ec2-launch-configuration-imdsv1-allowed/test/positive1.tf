data "aws_ami" "al2023" {
  most_recent = true
  owners      = ["amazon"]

  filter {
    name   = "name"
    values = ["al2023-ami-*-x86_64"]
  }
}

# metadata options left out: IMDSv1 stays on
resource "aws_launch_configuration" "web" {
  name_prefix     = "web-"
  image_id        = data.aws_ami.al2023.id
  instance_type   = "t3.small"
  security_groups = ["sg-0a1b2c3d4e5f60718"]

  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_launch_configuration" "worker" {
  name_prefix   = "worker-"
  image_id      = data.aws_ami.al2023.id
  instance_type = "c6i.large"

  metadata_options {
    http_endpoint = "enabled"
    http_tokens   = "optional"
  }
}
