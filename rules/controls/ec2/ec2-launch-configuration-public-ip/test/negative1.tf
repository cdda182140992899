resource "aws_launch_configuration" "api" {
  name_prefix                 = "api-"
  image_id                    = "ami-0c55b159cbfafe1f0"
  instance_type               = "t3.medium"
  associate_public_ip_address = false

  metadata_options {
    http_tokens = "required"
  }
}

# left out: the (private) subnet decides
resource "aws_launch_configuration" "worker" {
  name_prefix   = "worker-"
  image_id      = "ami-0c55b159cbfafe1f0"
  instance_type = "c6i.large"
}
