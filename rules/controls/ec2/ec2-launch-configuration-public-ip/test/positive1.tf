resource "aws_launch_configuration" "api" {
  name_prefix                 = "api-"
  image_id                    = "ami-0c55b159cbfafe1f0"
  instance_type               = "t3.medium"
  associate_public_ip_address = true
  security_groups             = ["sg-0a1b2c3d4e5f60718"]

  metadata_options {
    http_tokens = "required"
  }

  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_autoscaling_group" "api" {
  name                 = "api"
  launch_configuration = aws_launch_configuration.api.name
  min_size             = 2
  max_size             = 8
  vpc_zone_identifier  = ["subnet-0a1b2c3d", "subnet-0e1f2a3b"]
}
